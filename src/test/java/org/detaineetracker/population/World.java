package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds constructed cases for the model: sites, cohorts, holders, reports, movements, custody. */
final class World {

	final List<Site> sites = new ArrayList<>();

	final List<Cohort> cohorts = new ArrayList<>();

	final List<Holder> holders = new ArrayList<>();

	final List<Observation> observations = new ArrayList<>();

	final List<Flow> flows = new ArrayList<>();

	final List<CustodySpan> custody = new ArrayList<>();

	private long nextId = 1;

	Site site(String name) {
		return site(name, null, "SY");
	}

	Site site(String name, Site group, String country) {
		Site site = new Site(nextId++, name, group == null ? null : group.id(), country);
		sites.add(site);
		return site;
	}

	Cohort cohort(String name) {
		return cohort(name, null);
	}

	Cohort cohort(String name, Cohort parent) {
		Cohort cohort = new Cohort(nextId++, name, parent == null ? null : parent.id());
		cohorts.add(cohort);
		return cohort;
	}

	Holder holder(String name, String country) {
		Holder holder = new Holder(nextId++, name, country);
		holders.add(holder);
		return holder;
	}

	/** A report from a source of its own (independent of every other). */
	Observation report(Site site, Cohort cohort, Period asOf, Range bounds, String words) {
		long id = nextId++;
		return report(site, cohort, asOf, bounds, false, 1000 + id, words, "source " + id, id);
	}

	Observation approximately(Site site, Cohort cohort, Period asOf, long value, long sourceRoot) {
		long id = nextId++;
		return report(site, cohort, asOf, Range.exactly(value), true, sourceRoot, "about " + Range.number(value),
				"source " + id, id);
	}

	Observation report(Site site, Cohort cohort, Period asOf, Range bounds, boolean approximate, long sourceRoot,
			String words, String source, long id) {
		Observation observation = new Observation(id, site.id(), cohort.id(), asOf, bounds, approximate, sourceRoot,
				words, source);
		observations.add(observation);
		return observation;
	}

	Flow moved(Site from, Site to, Cohort cohort, Period ended, Range bounds, String words) {
		return flow(from, to, cohort, null, ended, Flow.Status.COMPLETED, bounds, words);
	}

	Flow flow(Site from, Site to, Cohort cohort, Period started, Period ended, Flow.Status status, Range bounds,
			String words) {
		Flow flow = new Flow(nextId++, from == null ? null : from.id(), to == null ? null : to.id(), cohort.id(), started,
				ended, status, to == null ? Flow.Kind.RELEASE : Flow.Kind.TRANSFER, bounds, words);
		flows.add(flow);
		return flow;
	}

	void held(Site site, Holder holder, String from, String to) {
		custody.add(new CustodySpan(site.id(), holder.id(), from == null ? null : LocalDate.parse(from),
				to == null ? null : LocalDate.parse(to)));
	}

	PopulationData data() {
		return new PopulationData(sites, cohorts, holders, observations, flows, custody);
	}

	PopulationModel model() {
		return PopulationModel.of(data());
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

}
