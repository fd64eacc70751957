package org.liaison.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.liaison.identity.AccountService;
import org.liaison.identity.ApiTokenService;
import org.springframework.beans.factory.annotation.Value;
import org.liaison.identity.SignInThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors. The API under {@code /api} is stateless, a personal API token
 * ({@code Bearer}) or HTTP Basic on every call, without CSRF (no cookie is ever trusted
 * there); the pages use a session with form sign-in and CSRF. Through both, anyone may
 * read what is public, and only NATO staff and administrators change the partnership
 * record (an Ally also requests its transits and withdraws them; the transit module
 * checks that they are its own; an executing agent reports on its own trust-fund
 * projects, which the fund module checks). Accounts are administered by administrators
 * alone, reads included: the rules for them come first, since the first matching rule
 * wins and the broader ones would let NATO staff in. Your own account and its tokens are
 * for anyone signed in, and closed to anyone else, reads included. What a reader may see
 * is decided in the queries, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	static final String[] EDITORS = { "NATO_STAFF", "ADMIN" };

	static final String ADMIN = "ADMIN";

	/**
	 * The reference lists of the modules, which anyone reads and only administrators
	 * keep: a new kind of thing needs no migration, and no staff member changes what
	 * every partnership's records name.
	 */
	static final String[] REFERENCE_LISTS = { "/api/v1/nations/**", "/api/v1/frameworks/**",
			"/api/v1/agreement-types/**", "/api/v1/plan-types/**", "/api/v1/statement-kinds/**",
			"/api/v1/role-kinds/**", "/api/v1/body-kinds/**" };

	/**
	 * The OpenAPI description and Swagger UI: public unless
	 * {@code liaison.api-docs.public} is false (as in production), then for anyone signed
	 * in.
	 */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/** A year: long enough that a browser seldom goes back to asking over plain HTTP. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	/**
	 * Who may request a transit and withdraw it: the requesting Ally (checked by the
	 * service) and NATO staff.
	 */
	static final String[] TRANSIT_REQUESTERS = { "ALLY", "NATO_STAFF", "ADMIN" };

	/**
	 * Who may record an assessment of a plan's node: a partner's coordinator (its own
	 * plans, checked by the plan service) and NATO staff.
	 */
	static final String[] ASSESSORS = { "PARTNER", "NATO_STAFF", "ADMIN" };

	/**
	 * Who may ask for places, withdraw, nominate and give feedback: a partner's
	 * coordinator (its own nation, checked by the activity service) and NATO staff.
	 */
	static final String[] PARTICIPANTS = { "PARTNER", "NATO_STAFF", "ADMIN" };

	/**
	 * Who may keep activities and their events (add, revise, open, close, hold, cancel)
	 * and record attendance: NATO staff, and a provider for its own organisation's
	 * (checked by the activity service).
	 */
	static final String[] ACTIVITY_KEEPERS = { "PROVIDER", "NATO_STAFF", "ADMIN" };

	/**
	 * Who may report on a trust-fund project (record and reverse ledger entries, record
	 * output values): NATO staff, and an executing agent on the projects it executes, for
	 * the kinds of entry that are its own (checked by the fund service).
	 */
	static final String[] FUND_REPORTERS = { "AGENT", "NATO_STAFF", "ADMIN" };

	/**
	 * New passwords as bcrypt over their SHA-256 (so that all of up to 128 characters
	 * count); the plain bcrypt hashes kept before it still sign in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt-sha256", Map.of("bcrypt-sha256",
				new Sha256BcryptPasswordEncoder(), "bcrypt", new Sha256BcryptPasswordEncoder.Legacy()));
		encoder.setDefaultPasswordEncoderForMatches(new Sha256BcryptPasswordEncoder.Legacy());
		return encoder;
	}

	/**
	 * The one check of a username and password, for form login and HTTP Basic alike,
	 * under the sign-in throttle.
	 */
	private static AuthenticationManager signIn(UserDetailsService users, PasswordEncoder passwords,
			SignInThrottle throttle) {
		DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
		check.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthenticationProvider(check, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, UserDetailsService users,
			PasswordEncoder passwords, SignInThrottle throttle, Clock clock) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(signIn(users, passwords, throttle))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/accounts", "/api/v1/accounts/**", "/api/v1/audit", "/api/v1/audit/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, REFERENCE_LISTS)
				.permitAll()
				.requestMatchers(REFERENCE_LISTS)
				.hasRole(ADMIN)
				.requestMatchers("/api/v1/account", "/api/v1/account/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/transit-requests", "/api/v1/transit-requests/*/withdraw")
				.hasAnyRole(TRANSIT_REQUESTERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/nodes/*/assessments")
				.hasAnyRole(ASSESSORS)
				.requestMatchers(HttpMethod.POST, "/api/v1/events/*/participation-requests",
						"/api/v1/participation-requests/*/withdraw", "/api/v1/participation-requests/*/nominees",
						"/api/v1/participation-requests/*/feedback", "/api/v1/partners/*/calendar-tokens")
				.hasAnyRole(PARTICIPANTS)
				.requestMatchers(HttpMethod.DELETE, "/api/v1/partners/*/calendar-tokens")
				.hasAnyRole(PARTICIPANTS)
				.requestMatchers(HttpMethod.POST, "/api/v1/participation-requests/*/attendance", "/api/v1/activities",
						"/api/v1/activities/*/events", "/api/v1/events/*/open", "/api/v1/events/*/close",
						"/api/v1/events/*/hold", "/api/v1/events/*/cancel")
				.hasAnyRole(ACTIVITY_KEEPERS)
				.requestMatchers(HttpMethod.PUT, "/api/v1/activities/*", "/api/v1/events/*")
				.hasAnyRole(ACTIVITY_KEEPERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/funds/*/transactions",
						"/api/v1/funds/*/transactions/*/reversal", "/api/v1/funds/*/outputs/*/values")
				.hasAnyRole(FUND_REPORTERS)
				.anyRequest()
				.hasAnyRole(EDITORS))
			.httpBasic(basic -> basic.realmName("Liaison")
				.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(clock)))
			// Not a bean: Boot would register it as a servlet filter for every request,
			// pages included.
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemAuthenticationEntryPoint(clock))
				.accessDeniedHandler((request, response, denied) -> ProblemAuthenticationEntryPoint.write(response,
						HttpStatus.FORBIDDEN, "Not allowed", "Your role may not make this change.")))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				// An API call never touches a browser session that happens to come with
				// it.
				.sessionFixation(fixation -> fixation.none()))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::transportHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AccountService accounts,
			@Value("${liaison.api-docs.public}") boolean apiDocsPublic, UserDetailsService users,
			PasswordEncoder passwords, SignInThrottle throttle, Clock clock) throws Exception {
		http.authenticationManager(signIn(users, passwords, throttle))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/admin", "/admin/**")
				.hasRole(ADMIN)
				// The form for a new activity sits beside the public activity pages but
				// is
				// for keepers only.
				.requestMatchers(HttpMethod.GET, "/activities/new")
				.hasAnyRole(ACTIVITY_KEEPERS)
				.requestMatchers(HttpMethod.GET, "/", "/partners", "/partners/*/relations", "/activities",
						"/activities/*", "/events/*", "/calendar", "/login", "/error", "/css/**", "/js/**",
						"/_static/**", "/webjars/**", "/favicon.ico", "/actuator/health/**", "/actuator/health")
				.permitAll()
				.requestMatchers(HttpMethod.GET, API_DOCS)
				.access(apiDocsPublic ? SingleResultAuthorizationManager.permitAll()
						: AuthenticatedAuthorizationManager.authenticated())
				.requestMatchers("/error")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/logout")
				.authenticated()
				// Everyone signed in keeps their own API tokens; the controller touches
				// no
				// one else's.
				.requestMatchers(HttpMethod.POST, OwnAccountPageController.TOKENS,
						OwnAccountPageController.REVOKE_PATTERN, OwnAccountPageController.PASSWORD)
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/transit-requests", "/transit-requests/*/withdraw")
				.hasAnyRole(TRANSIT_REQUESTERS)
				.requestMatchers(HttpMethod.POST, "/nodes/*/assessments", "/assessments/*/edit",
						"/assessments/*/delete")
				.hasAnyRole(ASSESSORS)
				.requestMatchers(HttpMethod.POST, "/events/*/requests", "/participation-requests/*/withdraw",
						"/participation-requests/*/feedback", "/participation-requests/*/nominees")
				.hasAnyRole(PARTICIPANTS)
				.requestMatchers(HttpMethod.POST, "/partners/*/calendar-token", "/partners/*/calendar-token/revoke")
				.hasAnyRole(PARTICIPANTS)
				.requestMatchers(HttpMethod.POST, "/participation-requests/*/attendance", "/activities",
						"/activities/*/edit", "/activities/*/events", "/events/*/edit", "/events/*/open",
						"/events/*/close", "/events/*/hold", "/events/*/cancel")
				.hasAnyRole(ACTIVITY_KEEPERS)
				.requestMatchers(HttpMethod.POST, "/fund-projects/*/transactions",
						"/fund-projects/*/transactions/*/reversal", "/fund-projects/*/outputs/*/values")
				.hasAnyRole(FUND_REPORTERS)
				.anyRequest()
				.hasAnyRole(EDITORS))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInSuccessHandler(accounts))
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			// Before the anonymous filter, so that a session it ends goes on as an
			// anonymous request.
			.addFilterBefore(new StaleSessionFilter(accounts), AnonymousAuthenticationFilter.class)
			// The OpenAPI description is read by programs: one that may not read it is
			// told so in a problem document, not sent to the sign-in page as a person is.
			.exceptionHandling(errors -> errors.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
				.addEntryPointFor(new ProblemAuthenticationEntryPoint(clock),
						PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"))
				.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.build()))
			.headers(headers -> transportHeaders(headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))));
		return http.build();
	}

	/**
	 * The headers of every answer, pages and API alike. The referrer is kept within
	 * Liaison ({@code same-origin}, stricter than the browsers' default
	 * {@code strict-origin-when-cross-origin}): a site Liaison links to learns nothing of
	 * it, not even its host name, and Liaison needs no referrer from elsewhere. HSTS is
	 * sent on an answer served over HTTPS only (RFC 6797: a browser ignores it over plain
	 * HTTP); behind a TLS-terminating proxy the request is HTTPS when the proxy is one of
	 * {@code LIAISON_TRUSTED_PROXIES} and says {@code X-Forwarded-Proto: https}.
	 */
	static HeadersConfigurer<HttpSecurity> transportHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AudienceArgumentResolver());
	}

}
