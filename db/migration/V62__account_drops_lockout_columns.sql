-- The lockout is counted in sign_in_attempt now (V61); the account row no longer changes at sign-in.
alter table account drop constraint account_failed_sign_ins_positive;
alter table account drop column failed_sign_ins;
alter table account drop column locked_until;
