package org.liaison.fund.web;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.ExchangeRateData;
import org.liaison.fund.IatiService;
import org.liaison.fund.LedgerService;
import org.liaison.fund.OutputData;
import org.liaison.fund.OutputService;
import org.liaison.fund.OutputSummary;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.PortfolioService;
import org.liaison.fund.PortfolioSummary;
import org.liaison.fund.ProjectData;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectMove;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionData;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the fund module, and its IATI 2.03 XML export. Changes to a project name
 * the version they are based on in {@code If-Match}; lifecycle moves, ledger entries and
 * output values are their own endpoints. Amounts are exact decimals, as JSON strings or
 * numbers.
 */
@RestController
@RequestMapping("/api/v1")
record FundApiController(ProjectService projects, PortfolioService portfolios, LedgerService ledgers,
		OutputService outputs, IatiService iati) {

	private static final String XML = MediaType.APPLICATION_XML_VALUE;

	@GetMapping("/partners/{code}/funds")
	PageOf<ProjectSummary> projects(@PathVariable NationCode code, PageOf.Request page, Audience audience) {
		return projects.projects(code, audience, page);
	}

	@PostMapping("/partners/{code}/funds")
	ResponseEntity<ProjectSummary> add(@PathVariable NationCode code, @Valid @RequestBody ProjectData data) {
		return Versions.created(projects.add(code, data), project -> "/api/v1/funds/" + project.id());
	}

	@GetMapping("/partners/{code}/funds/portfolio")
	PortfolioSummary portfolio(@PathVariable NationCode code, @RequestParam(defaultValue = "EUR") Currency currency,
			Audience audience) {
		return portfolios.portfolio(code, audience, currency);
	}

	/**
	 * The portfolio across partners, of one executing agent (an organisation's ref) when
	 * one is named.
	 */
	@GetMapping("/funds/portfolio")
	PortfolioSummary portfolio(@RequestParam(defaultValue = "EUR") Currency currency,
			@RequestParam(required = false) @Nullable String agent, Audience audience) {
		return agent == null || agent.isBlank() ? portfolios.portfolio(audience, currency)
				: portfolios.portfolioOfAgent(agent.strip(), audience, currency);
	}

	@GetMapping("/partners/{code}/funds/{ref}")
	ResponseEntity<ProjectDetails> byRef(@PathVariable NationCode code, @PathVariable String ref, Audience audience) {
		ProjectDetails details = portfolios.details(projects.project(code, ref, audience), audience);
		return Versions.ok(details, details.project().version());
	}

	@GetMapping("/funds/{id}")
	ResponseEntity<ProjectDetails> project(@PathVariable UUID id, Audience audience) {
		ProjectDetails details = portfolios.details(id, audience);
		return Versions.ok(details, details.project().version());
	}

	@PutMapping("/funds/{id}")
	ResponseEntity<ProjectSummary> revise(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody ProjectData data) {
		return Versions.ok(projects.revise(id, version, data));
	}

	@DeleteMapping("/funds/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @IfMatch long version) {
		projects.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	/** The date a lifecycle move happened and why. */
	record MoveRequest(@Nullable PartialDate on, @Nullable String reason) {
	}

	@PostMapping("/funds/{id}/moves/{move}")
	ResponseEntity<ProjectSummary> move(@PathVariable UUID id, @PathVariable("move") String slug, @IfMatch long version,
			@RequestBody(required = false) @Nullable MoveRequest request) {
		ProjectMove move = LifecycleMove.fromSlug(ProjectMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return Versions.ok(projects.move(id, version, move, request == null ? null : request.on(),
				request == null ? null : request.reason()));
	}

	@GetMapping("/funds/{id}/transactions")
	List<TransactionSummary> transactions(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable TransactionKind kind, Audience audience) {
		projects.project(id, audience);
		return ledgers.transactions(id, audience).stream().filter(t -> kind == null || t.kind() == kind).toList();
	}

	@PostMapping("/funds/{id}/transactions")
	ResponseEntity<TransactionSummary> addTransaction(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody TransactionData data, Audience audience) {
		TransactionSummary transaction = ledgers.addTransaction(id, version, data, audience);
		return Versions.created("/api/v1/funds/" + id + "/transactions/" + transaction.id(), transaction,
				projects.project(id, Audience.alliance()).version());
	}

	record ReversalRequest(@Nullable String reason) {
	}

	@PostMapping("/funds/{id}/transactions/{transactionId}/reversal")
	ResponseEntity<TransactionSummary> reverse(@PathVariable UUID id, @PathVariable UUID transactionId,
			@RequestBody(required = false) @Nullable ReversalRequest request, Audience audience) {
		TransactionSummary reversal = ledgers.reverse(id, transactionId, request == null ? null : request.reason(),
				audience);
		return Versions.created("/api/v1/funds/" + id + "/transactions/" + reversal.id(), reversal);
	}

	@GetMapping("/funds/{id}/outputs")
	List<OutputSummary> outputs(@PathVariable UUID id, Audience audience) {
		projects.project(id, audience);
		return outputs.outputs(id, audience);
	}

	@PutMapping("/funds/{id}/outputs/{item}")
	OutputSummary defineOutput(@PathVariable UUID id, @PathVariable String item, @IfMatch long version,
			@Valid @RequestBody OutputData data) {
		if (!item.equals(data.item())) {
			throw InvalidInputException.of("item",
					"The item in the body ('" + data.item() + "') is not the one in the URL ('" + item + "')");
		}
		return outputs.defineOutput(id, version, data);
	}

	@PostMapping("/funds/{id}/outputs/{item}/values")
	ResponseEntity<OutputSummary> recordValue(@PathVariable UUID id, @PathVariable String item, @IfMatch long version,
			@Valid @RequestBody OutputValueData value, Audience audience) {
		return ResponseEntity.status(201).body(outputs.recordOutputValue(id, version, item, value, audience));
	}

	@GetMapping("/exchange-rates")
	List<ExchangeRateData> rates() {
		return ledgers.exchangeRates();
	}

	@PostMapping("/exchange-rates")
	ResponseEntity<ExchangeRateData> addRate(@Valid @RequestBody ExchangeRateData rate) {
		return ResponseEntity.status(201).body(ledgers.addExchangeRate(rate));
	}

	// IATI 2.03: public, non-illustrative projects only, whoever asks

	/**
	 * Written to the response as it is made: the service reads the projects, their
	 * ledgers and outputs before the first byte, so an unknown partner is still a
	 * problem, never half a document.
	 */
	@GetMapping(value = "/partners/{code}/iati-activities.xml", produces = XML)
	void iati(@PathVariable NationCode code, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		iati.writeIatiActivities(code, response.getOutputStream());
	}

	@GetMapping(value = { "/partners/{code}/funds/{ref}/iati-activity.xml" }, produces = XML)
	void iatiActivity(@PathVariable NationCode code, @PathVariable String ref, HttpServletResponse response)
			throws IOException {
		activity(code, ref, response);
	}

	@GetMapping(value = "/funds/{ref}/iati-activity.xml", produces = XML)
	void iatiActivityOf(@PathVariable String ref, @RequestParam NationCode partner, HttpServletResponse response)
			throws IOException {
		activity(partner, ref, response);
	}

	private void activity(NationCode partner, String ref, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		iati.writeIatiActivity(partner, ref, response.getOutputStream());
	}

}
