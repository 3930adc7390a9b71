package org.detaineetracker.history;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.internal.synchronization.AuditProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the history of what the current transaction has changed so far, instead of keeping it all
 * in memory until the commit. Envers queues one entry per record changed and writes them when the
 * transaction completes: for an import of 100,000 figures that queue, and then the audit rows made
 * from it at once, outgrew a 256 MB heap. Written in parts, the entries all still belong to the
 * transaction's one revision, and are rolled back with it.
 * <p>
 * Envers offers no public call for this; its audit process for the session is asked to do what it
 * does before completion, which it may do more than once (it keeps only what is still queued).
 */
@Component
public class HistoryWriter {

	private static final Logger log = LoggerFactory.getLogger(HistoryWriter.class);

	private static final Field USED_IDS = usedIds();

	private final EntityManager entities;

	HistoryWriter(EntityManager entities) {
		this.entities = entities;
	}

	/**
	 * Writes the history so far and everything else pending, then empties the persistence context
	 * but for the revision being written: Envers checks that it is still managed, and would try to
	 * save it a second time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void writeSoFarAndClear() {
		SessionImplementor session = entities.unwrap(SessionImplementor.class);
		EnversService envers = session.getFactory().getServiceRegistry().requireService(EnversService.class);
		AuditProcess audit = envers.getAuditProcessManager().get(session);
		audit.doBeforeTransactionCompletion(session);
		forgetWritten(audit);
		session.flush();
		Object revision = audit.getCurrentRevisionData(session, false);
		List<Object> managed = new ArrayList<>();
		for (Map.Entry<Object, EntityEntry> entry : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
			if (entry.getKey() != revision) {
				managed.add(entry.getKey());
			}
		}
		managed.forEach(session::detach);
	}

	/**
	 * Envers also keeps, until the transaction ends, an index of every record changed in it (to merge
	 * two changes of one record into one entry): 1.4 KB a row, which at 100,000 rows filled a 256 MB
	 * heap. Once their entries are written there is nothing left to merge them into, so the index is
	 * emptied. Where this Envers has no such field, the import works as before, only with more memory.
	 */
	private static void forgetWritten(AuditProcess audit) {
		if (USED_IDS == null) {
			return;
		}
		try {
			((Map<?, ?>) USED_IDS.get(audit)).clear();
		}
		catch (IllegalAccessException | RuntimeException unavailable) {
			log.warn("Could not empty Envers' index of written changes: {}", unavailable.toString());
		}
	}

	private static Field usedIds() {
		try {
			Field field = AuditProcess.class.getDeclaredField("usedIds");
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException | RuntimeException absent) {
			log.warn("This Envers keeps no index named usedIds; imports keep it until they end");
			return null;
		}
	}

}
