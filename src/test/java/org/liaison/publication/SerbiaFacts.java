package org.liaison.publication;

import java.util.List;

/**
 * The facts of the seed page, "NATO's relations with Serbia" (last updated 11 February
 * 2015), that Serbia's public page must state. Each is a phrase as the page renders it;
 * together they cover every date, figure and name of the seed.
 */
final class SerbiaFacts {

	private SerbiaFacts() {
	}

	static final List<String> FACTS = List.of(
			// Title and summary
			"NATO's relations with Serbia", "Last updated: 11 Feb 2015 09:46",
			"member of NATO's Partnership for Peace programme since December 2006",
			"Democratic, institutional, and defence reforms are a key focus of cooperation",
			"not an aspirant for membership of the Alliance",
			"Individual Partnership Action Plan agreed in January 2015",
			// Overview: Wales Summit, IPAP, Kosovo
			"At the Wales Summit in September 2014", "Euro-Atlantic integration of countries in the Western Balkans",
			"policy of military neutrality", "concluded on 15 January",
			"through NATO's provision of defence and security sector reform expertise", "Jens Stoltenberg",
			"Aleksandar Vučić", "Munich", "February 2015", "Kosovo is of course a key subject",
			"Kosovo peacekeeping force (KFOR)", "United Nations Security Council Resolution 1244",
			"freedom of movement for all people", "multi-ethnic Kosovo", "European Union-facilitated dialogue",
			"Belgrade-Pristina Agreement on Normalisation", "concluded in April 2013",
			// Framework for cooperation
			"PfP Presentation Document submitted to NATO in September 2007",
			"first Individual Partnership Programme (IPP) under the PfP in early 2009", "jointly agreed with NATO",
			"Individual Partnership Action Plan (IPAP) concluded in January 2015",
			"The NATO Military Liaison Office in Belgrade, established in December 2006",
			"public diplomacy activities in the region",
			// Key areas of cooperation
			"Security cooperation", "Joint Implementation Council (JIC)",
			"1999 Military Technical Agreement between KFOR and the Serbian armed forces (Kumanovo Agreement)",
			"In July 2005, Serbia signed a transit agreement with NATO",
			"Chemical, Biological, Radiological and Nuclear (CBRN) Training Centre in Krusevac",
			"Partnership Training and Education Centre in 2013", "Defence and security sector reform",
			"Serbia/NATO Defence Reform Group (DRG)", "jointly established in February 2006",
			"PfP Planning and Review Process (PARP) in 2007", "transparent democratic control over the armed forces",
			"Science and environment", "Science for Peace and Security (SPS) Programme since 2007", "counter-terrorism",
			"environmental security", "disaster forecast and prevention of natural catastrophes", "Public information",
			"The current NATO Contact Point Embassy in Serbia is the embassy of the Slovak Republic",
			// Trust-fund projects, from their records
			"NATO/PfP Trust Fund projects", "Destroy 28,000 surplus small arms and light weapons in Serbia",
			"Completed; completed 2003", "28,000 weapons by 2003",
			"Safely destroy 1.4 million anti-personnel landmines and ammunition", "completed June 2007",
			"1,400,000 items by June 2007", "approximately 2,000 tonnes of surplus ammunition and explosives",
			"Under way; launched July 2013", "target approximately 2,000 tonnes", "almost 6,000 people by 2011",
			"five-year programme", "almost 6,000 discharged defence personnel", "launched 2005; completed 2011",
			"Executing agent: International Organization for Migration", "Budget: EUR 9,600,000.00",
			"run by the International Organization for Migration (IOM)", "worth EUR 9.6 million",
			// Evolution of relations
			"A 78-day NATO air campaign is triggered by violence in Kosovo",
			"KFOR and Serbian Armed Forces sign Military Technical Agreement (Kumanovo Agreement)",
			"crisis-management operations in southern Serbia", "Belgrade formally applies for PfP membership",
			"looser state union of Serbia and Montenegro",
			"NATO completes a PfP trust fund project to destroy 28,000 surplus small arms and light weapons in Serbia",
			"Together reducing unsafe surplus tools of war", "Serbia and NATO sign a transit agreement for KFOR forces",
			"develop alternative livelihoods for former Serbian armed forces personnel as the service is downsized",
			"Serbia joins the Partnership for Peace", "NATO opens a Military Liaison Office in Belgrade",
			"Serbia joins the PfP Planning and Review Process (PARP)",
			"safely removed 1.4 million anti-personnel landmines from Serbian territory",
			"Serbia submits its PfP Presentation Document to NATO",
			"Serbia agrees its first Individual Partnership Programme with NATO", "Boris Tadic while in New York",
			"approves Serbia's request to undertake an Individual Partnership Action Plan (IPAP)", "April 2011",
			"Allied Command Transformation Strategic Military Partners Conference", "June 2011",
			"minute of silence in memory of the Serbian Ambassador to NATO, Branislav Milinkovic", "11 December 2012",
			"19 April 2013", "congratulating all parties for their constructive approach", "June 2013",
			"accepts Serbia's offer to make its Chemical, Biological, Radiological and Nuclear (CBRN) Training Centre in Krusevac",
			"July 2013", "decommissioning of Serbia's stocks of approximately 2,000 tonnes",
			"Serbia concludes an Individual Partnership Action Plan (IPAP) with NATO", "15 January 2015");

	/** The years of "Evolution of relations", in order. */
	static final List<String> YEARS = List.of("1999", "2001", "2003", "2005", "2006", "2007", "2009", "2010", "2011",
			"2012", "2013", "2014", "2015");

}
