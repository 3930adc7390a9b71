package org.detaineetracker.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One record per new-record form, however often it is sent: a double click, two tabs, a retried
 * request. The form carries a token made when it was opened; the first submission records it
 * (table form_submission, V65) in the transaction that inserts the record, and any other submission
 * with the same token gets that record instead of a new one. A second submission arriving while the
 * first is still being saved waits for it on the token's primary key.
 */
@Component
public class FormSubmissions {

	private final JdbcClient jdbc;

	FormSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param recordType the table the record goes to
	 * @param insert inserts the record (and may refuse the form)
	 * @param idOf the inserted record's id
	 * @param find the record an earlier submission with the token inserted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> T once(UUID token, String recordType, Supplier<T> insert, ToLongFunction<T> idOf, LongFunction<T> find) {
		if (token == null) {
			return insert.get();
		}
		int claimed = jdbc.sql("insert into form_submission (token, record_type) values (?, ?) on conflict do nothing")
			.params(token, recordType)
			.update();
		if (claimed == 0) {
			Optional<Long> earlier = jdbc
				.sql("select record_id from form_submission where token = ? and record_type = ? and record_id is not null")
				.params(token, recordType)
				.query(Long.class)
				.optional();
			if (earlier.isPresent()) {
				return find.apply(earlier.get());
			}
			// a token of another kind of record: not this form's, so it protects nothing here
			return insert.get();
		}
		T inserted = insert.get();
		jdbc.sql("update form_submission set record_id = ? where token = ?").params(idOf.applyAsLong(inserted), token).update();
		return inserted;
	}

}
