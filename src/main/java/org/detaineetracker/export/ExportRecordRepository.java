package org.detaineetracker.export;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExportRecordRepository extends JpaRepository<ExportRecord, Long> {

	Page<ExportRecord> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);

}
