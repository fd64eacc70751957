package org.liaison.plan;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body's meeting links the plan goals it reviewed to their place in the plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewedGoalsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDrgMeetingLeadsToTheParpGoalsItReviewed() throws Exception {
		String bodies = mvc.get()
			.uri("/api/v1/partners/SRB/bodies")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString();
		String drg = bodies.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\"[^}]*\"ref\":\"defence-reform-group\".*", "$1");
		String meetings = mvc.get()
			.uri("/api/v1/bodies/" + drg + "/meetings")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString();
		String meeting = meetings
			.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\"[^}]*?\"ref\":\"drg-2015-02-parp-review\".*", "$1");

		assertThat(mvc.get().uri("/meetings/" + meeting).with(TestUsers.partner("SRB"))).hasStatusOk()
			.bodyText()
			.contains("href=\"/partners/SRB/plans/parp-2014?node=G1\"");

		String plan = mvc.get()
			.uri("/api/v1/partners/SRB/plans")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\"[^}]*?\"ref\":\"parp-2014\".*", "$1");
		assertThat(mvc.get().uri("/partners/SRB/plans/parp-2014?node=G1").with(TestUsers.partner("SRB")))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/plans/" + plan + "#node-G1");
		assertThat(mvc.get().uri("/partners/SRB/plans/parp-2014").with(TestUsers.partner("GEO"))).hasStatus(404);
	}

}
