package org.liaison;

import java.util.Currency;
import java.util.List;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Spring Data JDBC as every module uses it: the PostgreSQL dialect on both databases (H2
 * runs in PostgreSQL mode), and the shared value types stored in their text form.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.liaison")
class PersistenceConfiguration extends AbstractJdbcConfiguration {

	@Override
	public JdbcDialect jdbcDialect(NamedParameterJdbcOperations operations) {
		return JdbcPostgresDialect.INSTANCE;
	}

	@Override
	protected List<?> userConverters() {
		return List.of(new PartialDateToString(), new StringToPartialDate(), new NationCodeToString(),
				new StringToNationCode(), new CurrencyToString(), new StringToCurrency());
	}

	@WritingConverter
	static class PartialDateToString implements Converter<PartialDate, String> {

		@Override
		public String convert(PartialDate source) {
			return source.iso();
		}

	}

	@ReadingConverter
	static class StringToPartialDate implements Converter<String, PartialDate> {

		@Override
		public PartialDate convert(String source) {
			return PartialDate.parse(source);
		}

	}

	@WritingConverter
	static class NationCodeToString implements Converter<NationCode, String> {

		@Override
		public String convert(NationCode source) {
			return source.value();
		}

	}

	@ReadingConverter
	static class StringToNationCode implements Converter<String, NationCode> {

		@Override
		public NationCode convert(String source) {
			return new NationCode(source);
		}

	}

	@WritingConverter
	static class CurrencyToString implements Converter<Currency, String> {

		@Override
		public String convert(Currency source) {
			return source.getCurrencyCode();
		}

	}

	@ReadingConverter
	static class StringToCurrency implements Converter<String, Currency> {

		@Override
		public Currency convert(String source) {
			return Currency.getInstance(source);
		}

	}

}
