package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.sun.management.VMOption;
import com.sun.management.VMOption.Origin;
import org.junit.jupiter.api.Test;

/**
 * Once ready, the application asks G1 to keep less free heap and to collect when idle, unless the
 * operator gave the JVM those settings or runs another collector.
 */
class HeapFootprintTest {

	@Test
	void thisJvmKeepsHalfItsHeapFreeAtMostAndCollectsAfterAnIdleMinute() {
		assertThat(flag("UseG1GC")).as("the tests run on G1, as the application does by default").isEqualTo("true");

		new HeapFootprint(50, Duration.ofMinutes(1), JvmFlags.hotSpot()).apply();

		assertThat(flag("MaxHeapFreeRatio")).isEqualTo("50");
		assertThat(flag("G1PeriodicGCInterval")).isEqualTo("60000");
	}

	@Test
	void flagsStillAtTheirDefaultsAreSet() {
		Flags flags = new Flags().g1().given("MaxHeapFreeRatio", "70", Origin.DEFAULT).given("G1PeriodicGCInterval", "0", Origin.DEFAULT);

		new HeapFootprint(50, Duration.ofSeconds(10), flags).apply();

		assertThat(flags.values).containsEntry("MaxHeapFreeRatio", "50").containsEntry("G1PeriodicGCInterval", "10000");
	}

	@Test
	void whatTheOperatorGaveTheJvmStays() {
		Flags flags = new Flags().g1()
			.given("MaxHeapFreeRatio", "80", Origin.VM_CREATION)
			.given("G1PeriodicGCInterval", "60000", Origin.VM_CREATION);

		new HeapFootprint(50, Duration.ofSeconds(10), flags).apply();

		assertThat(flags.values).containsEntry("MaxHeapFreeRatio", "80").containsEntry("G1PeriodicGCInterval", "60000");
	}

	@Test
	void anotherCollectorIsLeftAlone() {
		Flags flags = new Flags().given("UseG1GC", "false", Origin.DEFAULT).given("MaxHeapFreeRatio", "70", Origin.DEFAULT);

		new HeapFootprint(50, Duration.ofSeconds(10), flags).apply();

		assertThat(flags.values).containsEntry("MaxHeapFreeRatio", "70");
	}

	@Test
	void zeroLeavesASettingAlone() {
		Flags flags = new Flags().g1().given("MaxHeapFreeRatio", "70", Origin.DEFAULT).given("G1PeriodicGCInterval", "0", Origin.DEFAULT);

		new HeapFootprint(0, Duration.ZERO, flags).apply();

		assertThat(flags.values).containsEntry("MaxHeapFreeRatio", "70").containsEntry("G1PeriodicGCInterval", "0");
	}

	@Test
	void aValueTheJvmRefusesIsLoggedNotThrown() {
		Flags flags = new Flags().g1().given("MaxHeapFreeRatio", "70", Origin.DEFAULT).given("G1PeriodicGCInterval", "0", Origin.DEFAULT);
		flags.refusing = "MaxHeapFreeRatio";

		new HeapFootprint(50, Duration.ofSeconds(10), flags).apply();

		assertThat(flags.values).containsEntry("MaxHeapFreeRatio", "70").containsEntry("G1PeriodicGCInterval", "10000");
	}

	@Test
	void aJvmWithoutTheFlagsIsLeftAlone() {
		Flags flags = new Flags();

		new HeapFootprint(50, Duration.ofSeconds(10), flags).apply();

		assertThat(flags.values).isEmpty();
	}

	/** One of this JVM's flags, as it reads now. */
	private static String flag(String name) {
		return JvmFlags.hotSpot().get(name).orElseThrow().getValue();
	}

	/** Flags held in a map, with the origin each was given, for the decisions the real JVM can show only once. */
	private static final class Flags implements JvmFlags {

		private final Map<String, String> values = new HashMap<>();

		private final Map<String, Origin> origins = new HashMap<>();

		private String refusing;

		Flags g1() {
			return given("UseG1GC", "true", Origin.ERGONOMIC);
		}

		Flags given(String name, String value, Origin origin) {
			values.put(name, value);
			origins.put(name, origin);
			return this;
		}

		@Override
		public Optional<VMOption> get(String name) {
			return Optional.ofNullable(values.get(name)).map(value -> new VMOption(name, value, true, origins.get(name)));
		}

		@Override
		public void set(String name, String value) {
			if (name.equals(refusing)) {
				throw new IllegalArgumentException("refused");
			}
			given(name, value, Origin.MANAGEMENT);
		}

	}

}
