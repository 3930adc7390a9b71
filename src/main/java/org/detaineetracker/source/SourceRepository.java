package org.detaineetracker.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	@Query("""
			select s from Source s
			left join fetch s.cites
			left join fetch s.citedBy
			where s.id = :id""")
	Optional<Source> findPageById(long id);

	/** The sources known on a day (source_known_on, V70), newest first; now: every source. */
	@Query("""
			select s from Source s
			left join fetch s.cites
			where s.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			order by s.publishedOn desc, s.id desc""")
	List<Source> findKnownForIndex(java.time.LocalDate knownOn);

	/** The source with this id and every source it repeats, directly or through others. */
	@Query(nativeQuery = true, value = """
			with recursive chain (id, cites_id) as (
			    select id, cites_id from source where id = :id
			    union
			    select s.id, s.cites_id from source s join chain c on s.id = c.cites_id)
			select id from chain""")
	List<Long> findSelfAndCitedIds(long id);

	/** A stored source that a new one would repeat: the same outlet and title, published the same day. */
	@Query(nativeQuery = true, value = """
			select s.id from source s
			where lower(s.outlet) = lower(:outlet) and lower(s.title) = lower(:title) and s.published_on = :publishedOn
			  and s.id <> :exceptId
			order by s.id limit 1""")
	Optional<Long> findDuplicateId(String outlet, String title, java.time.LocalDate publishedOn, long exceptId);

}
