package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** The navigation marks the section a page belongs to, and the sign-in page has none. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class NavigationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachPageMarksItsOwnSectionAndNoOther() throws Exception {
		assertThat(current("/")).isEqualTo("/");
		assertThat(current("/facilities/panorama-prison")).isEqualTo("/facilities");
		assertThat(current("/sources")).isEqualTo("/sources");
		assertThat(current("/movements")).isEqualTo("/movements");
		assertThat(current("/help/figures")).isEqualTo("/help/figures");
	}

	@Test
	void holdersCohortsAndCountriesBelongToTheFacilitiesTheyGroup() throws Exception {
		assertThat(current("/holders")).isEqualTo("/facilities");
		assertThat(current("/holders/sdf")).as("a holder's page, like their index").isEqualTo("/facilities");
		assertThat(current("/cohorts")).isEqualTo("/facilities");
		assertThat(current("/countries/IQ")).as("a country's page is not the dashboard").isEqualTo("/facilities");
	}

	@Test
	void theMenuButtonStartsHiddenAndClosedAndItsScriptIsServedFromHere() throws Exception {
		Page page = Pages.fetch(mvc, "/");
		assertThat(page.document().select("#menu-button").hasAttr("hidden")).isTrue();
		assertThat(page.document().select("#menu-button").attr("aria-expanded")).isEqualTo("false");
		assertThat(page.document().select("#menu-button").attr("aria-controls")).isEqualTo("site-menu");
		assertThat(page.document().select("#site-menu nav a")).isNotEmpty();
		assertThat(page.document().select("script[src=/js/nav.js]").hasAttr("defer")).isTrue();
	}

	@Test
	@WithAnonymousUser
	void theSignInPageShowsNoNavigation() throws Exception {
		Page page = Pages.fetch(mvc, "/login");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("nav")).isEmpty();
		assertThat(page.document().select("#menu-button")).isEmpty();
		assertThat(page.document().select(".brand").text()).isEqualTo("Detainee Tracker");
	}

	/** The link the navigation marks as the current page; the one mark must also show as active. */
	private String current(String path) throws Exception {
		Page page = Pages.fetch(mvc, path);
		assertThat(page.status()).as("status of %s", path).isEqualTo(200);
		assertThat(page.document().select("nav a[aria-current=page]")).as("marked links on %s", path).hasSize(1);
		assertThat(page.document().select("nav a.active")).as("active links on %s", path).hasSize(1);
		return page.document().select("nav a[aria-current=page]").attr("href");
	}

}
