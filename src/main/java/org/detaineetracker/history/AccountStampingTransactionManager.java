package org.detaineetracker.history;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager, telling the database who writes. The history is written by triggers
 * (V125), which name the account of a revision from the transaction's setting
 * {@code tracker.account}; this sets it when a transaction that may write begins for a signed-in
 * account. Read-only transactions, and writes nobody is signed in for, send nothing more: their
 * revisions, if any, are the system's.
 */
class AccountStampingTransactionManager extends JpaTransactionManager {

	static final String SYSTEM = "system";

	private static final String STAMP = "select set_config('tracker.account', ?, true)";

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		if (definition.isReadOnly()) {
			return;
		}
		String account = account();
		if (SYSTEM.equals(account)) {
			return;
		}
		EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
			.getResource(obtainEntityManagerFactory());
		EntityManager entities = holder.getEntityManager();
		entities.unwrap(Session.class).doWork(connection -> {
			try (PreparedStatement stamp = connection.prepareStatement(STAMP)) {
				stamp.setString(1, account);
				stamp.execute();
			}
		});
	}

	/** As Envers named revisions before: any authentication's name, the system's without one. */
	static String account() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEM;
	}

}
