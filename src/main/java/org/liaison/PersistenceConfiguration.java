package org.liaison;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
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
		return List.of(new StoredAsText<>(PartialDate.class, PartialDate::iso, PartialDate::parse),
				new StoredAsText<>(NationCode.class, NationCode::value, NationCode::new),
				new StoredAsText<>(Currency.class, Currency::getCurrencyCode, Currency::getInstance));
	}

	/**
	 * A value type stored in a text column: written as its text, and read back from it.
	 * Spring Data tells the two directions apart by the column's side: the conversion to
	 * text writes, the one from text reads.
	 */
	record StoredAsText<T>(Class<T> type, Function<T, String> write,
			Function<String, T> read) implements GenericConverter {

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(type, String.class), new ConvertiblePair(String.class, type));
		}

		@Override
		public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			if (source == null) {
				return null;
			}
			return type.isInstance(source) ? write.apply(type.cast(source)) : read.apply((String) source);
		}

	}

}
