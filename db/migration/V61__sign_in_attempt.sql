-- Guesses at a password per sign-in name, for names with an account and names without alike, so the
-- lockout cannot tell which accounts exist. A guess is reserved here (one atomic upsert) before the
-- password is checked, so parallel guesses cannot exceed the budget. A row means nothing once
-- forget_after has passed: the window of guesses, or the lock that followed it, is over.
create table sign_in_attempt (
    username      varchar(40)  primary key,
    guesses       integer      not null,
    forget_after  timestamptz  not null,
    constraint sign_in_attempt_guesses_positive check (guesses > 0)
);

create index sign_in_attempt_forget_after on sign_in_attempt (forget_after);

-- Locks in force keep running to their end: a count past any configured limit.
insert into sign_in_attempt (username, guesses, forget_after)
select username, 1000000, locked_until from account where locked_until > now();
