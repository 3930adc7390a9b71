package org.detaineetracker.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsernameAsc();

	long countByRoleAndEnabledTrue(Role role);

}
