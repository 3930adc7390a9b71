package org.detaineetracker.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsernameAsc();

	long countByRoleAndEnabledTrue(Role role);

	/**
	 * The active admins, locked until the transaction ends (always in id order, so two changes wait
	 * for each other instead of deadlocking): a change that could leave no admin decides on rows no
	 * one else can change meanwhile.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = org.detaineetracker.account.Role.ADMIN and a.enabled = true order by a.id")
	List<Account> lockActiveAdmins();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = :id")
	Optional<Account> lockById(long id);

	/** Rewrites a hash only if no one changed the password meanwhile. */
	@Modifying
	@Query("update Account a set a.passwordHash = :newHash where a.id = :id and a.passwordHash = :oldHash")
	int rehash(long id, String oldHash, String newHash);

}
