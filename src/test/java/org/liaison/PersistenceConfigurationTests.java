package org.liaison;

import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

import static org.assertj.core.api.Assertions.assertThat;

class PersistenceConfigurationTests {

	private final JdbcCustomConversions conversions = new JdbcCustomConversions(
			new PersistenceConfiguration().userConverters());

	@Test
	void theSharedValueTypesAreWrittenAsTextAndReadFromTextOnly() {
		for (Class<?> type : new Class<?>[] { PartialDate.class, NationCode.class, Currency.class }) {
			assertThat(conversions.hasCustomWriteTarget(type, String.class)).as(type.getSimpleName()).isTrue();
			assertThat(conversions.hasCustomReadTarget(String.class, type)).as(type.getSimpleName()).isTrue();
			assertThat(conversions.hasCustomReadTarget(type, String.class)).as(type.getSimpleName()).isFalse();
			assertThat(conversions.hasCustomWriteTarget(String.class, type)).as(type.getSimpleName()).isFalse();
		}
	}

	@Test
	void aValueStoredAsTextComesBackAsTheSameValue() {
		var dates = new PersistenceConfiguration.StoredAsText<>(PartialDate.class, PartialDate::iso,
				PartialDate::parse);
		PartialDate may = PartialDate.parse("2024-05");
		Object text = dates.convert(may, TypeDescriptor.valueOf(PartialDate.class),
				TypeDescriptor.valueOf(String.class));
		assertThat(text).isEqualTo("2024-05");
		assertThat(dates.convert(text, TypeDescriptor.valueOf(String.class), TypeDescriptor.valueOf(PartialDate.class)))
			.isEqualTo(may);
	}

}
