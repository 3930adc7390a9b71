package org.detaineetracker.system;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/** The JVM's own flags ({@code -XX:…}), read and, where manageable, set while it runs. */
interface JvmFlags {

	/** The flag, or empty where this JVM has none by that name. */
	Optional<VMOption> get(String name);

	/** Sets a manageable flag; IllegalArgumentException where the JVM refuses the value. */
	void set(String name, String value);

	/** This HotSpot JVM's flags; a JVM without the diagnostic bean has none. */
	static JvmFlags hotSpot() {
		HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		return new JvmFlags() {

			@Override
			public Optional<VMOption> get(String name) {
				if (hotspot == null) {
					return Optional.empty();
				}
				try {
					return Optional.of(hotspot.getVMOption(name));
				}
				catch (IllegalArgumentException noSuchFlag) {
					return Optional.empty();
				}
			}

			@Override
			public void set(String name, String value) {
				hotspot.setVMOption(name, value);
			}

		};
	}

}
