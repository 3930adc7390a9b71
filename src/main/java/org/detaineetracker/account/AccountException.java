package org.detaineetracker.account;

/** A change to accounts that was refused, with a message for the admin and the field it concerns. */
public class AccountException extends RuntimeException {

	private final String field;

	private final String messageKey;

	AccountException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
