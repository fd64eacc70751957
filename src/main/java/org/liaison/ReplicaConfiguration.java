package org.liaison;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With a replica ({@code LIAISON_REPLICA_URL}): two pools, and the one DataSource every
 * part of Liaison uses in front of them. It takes its connection only at the first
 * statement, when the transaction's read-only flag is known: read-only transactions of a
 * request go to the replica ({@link ReplicaReads}), everything else to the primary,
 * including Flyway, Spring Session, the event publication registry and any work outside a
 * request. Without the setting Boot's own single DataSource stays, and nothing here is
 * created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "liaison.replica", name = "url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties primary) {
		HikariDataSource pool = primary.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("primary");
		return pool;
	}

	/**
	 * The same pool settings as the primary's, on the replica, with its own user if
	 * given.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource replicaDataSource(ReplicaProperties replica, DataSourceProperties primary) {
		HikariDataSource pool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(replica.url())
			.username(replica.username() != null ? replica.username() : primary.determineUsername())
			.password(replica.password() != null ? replica.password() : primary.determinePassword())
			.build();
		pool.setPoolName("replica");
		pool.setReadOnly(true);
		return pool;
	}

	@Bean
	WriterPositions writerPositions(@Qualifier("primaryDataSource") DataSource primaryDataSource) {
		return new WriterPositions(new JdbcTemplate(primaryDataSource));
	}

	@Bean
	WritePositionRecorder writePositionRecorder(WriterPositions positions) {
		return new WritePositionRecorder(positions);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> replicaReadsInRequests() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				WriterPositions.markServedRequests());
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	@Bean
	@Primary
	DataSource dataSource(@Qualifier("primaryDataSource") DataSource primaryDataSource,
			@Qualifier("replicaDataSource") DataSource replicaDataSource, WriterPositions positions) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(new ReplicaReads(primaryDataSource, replicaDataSource, positions));
		return routing;
	}

}
