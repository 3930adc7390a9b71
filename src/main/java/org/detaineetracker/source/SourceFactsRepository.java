package org.detaineetracker.source;

import org.springframework.data.repository.Repository;

public interface SourceFactsRepository extends Repository<SourceFacts, Long> {

	java.util.Optional<SourceFacts> findById(Long id);

}
