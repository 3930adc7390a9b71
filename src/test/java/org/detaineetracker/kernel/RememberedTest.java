package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class RememberedTest {

	/** Changes moved by hand; {@code sure} false makes every epoch unsure. */
	static final class Changes implements DataChanges {

		final AtomicLong epoch = new AtomicLong();

		volatile boolean sure = true;

		int asked;

		@Override
		public long epoch() {
			return sure ? epoch.get() : UNSURE;
		}

		@Override
		public <T> T asking(Supplier<T> check) {
			asked++;
			return check.get();
		}

	}

	final Changes changes = new Changes();

	final AtomicInteger database = new AtomicInteger(1);

	@Test
	void anAnswerIsRememberedUntilTheDataMayHaveChanged() {
		Remembered<String, Integer> version = new Remembered<>(changes, 10);
		assertThat(version.get("v", database::get)).isEqualTo(1);
		database.set(2);
		assertThat(version.get("v", database::get)).as("no change heard of").isEqualTo(1);
		assertThat(changes.asked).isEqualTo(1);

		changes.epoch.incrementAndGet();
		assertThat(version.get("v", database::get)).isEqualTo(2);
		assertThat(version.get("v", database::get)).isEqualTo(2);
		assertThat(changes.asked).isEqualTo(2);
	}

	@Test
	void whileUnsureEveryCheckIsAskedAndNothingIsRemembered() {
		Remembered<String, Integer> version = new Remembered<>(changes, 10);
		changes.sure = false;
		assertThat(version.get("v", database::get)).isEqualTo(1);
		database.set(2);
		assertThat(version.get("v", database::get)).isEqualTo(2);
		assertThat(changes.asked).isEqualTo(2);

		changes.sure = true;
		database.set(3);
		assertThat(version.get("v", database::get)).as("what was asked while unsure is not kept").isEqualTo(3);
	}

	@Test
	void aChangeWhileAskingIsNotMissed() {
		Remembered<String, Integer> version = new Remembered<>(changes, 10);
		// the answer read is the old one, and a write commits before the answer is stored
		assertThat(version.get("v", () -> {
			int before = database.get();
			database.set(2);
			changes.epoch.incrementAndGet();
			return before;
		})).isEqualTo(1);
		assertThat(version.get("v", database::get)).isEqualTo(2);
	}

	@Test
	void aPeekNeverAsksAndSeesOnlyWhatIsStillSure() {
		Remembered<String, Integer> version = new Remembered<>(changes, 10);
		assertThat(version.peek("v")).as("nothing asked yet").isNull();
		version.get("v", database::get);
		assertThat(version.peek("v")).isEqualTo(1);
		changes.sure = false;
		assertThat(version.peek("v")).isNull();
		changes.sure = true;
		changes.epoch.incrementAndGet();
		assertThat(version.peek("v")).isNull();
		assertThat(changes.asked).isEqualTo(1);
	}

	@Test
	void answersAreKeptPerKeyAndForgottenAllTogetherBeyondTheLimit() {
		Remembered<Integer, Integer> perAccount = new Remembered<>(changes, 2);
		perAccount.get(1, () -> 10);
		perAccount.get(2, () -> 20);
		assertThat(perAccount.get(1, () -> -1)).isEqualTo(10);
		assertThat(perAccount.get(2, () -> -1)).isEqualTo(20);
		assertThat(changes.asked).isEqualTo(2);

		perAccount.get(3, () -> 30);
		assertThat(perAccount.get(3, () -> -1)).isEqualTo(30);
		assertThat(perAccount.get(1, () -> 11)).as("forgotten when a third came").isEqualTo(11);
	}

}
