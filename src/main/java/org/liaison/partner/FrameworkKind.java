package org.liaison.partner;

/**
 * What sort of thing a framework is: a partnership framework that a partner joins (PfP,
 * the Mediterranean Dialogue), a planning process it goes through (PARP, MAP), a
 * programme that funds or delivers work (SPS, DEEP), or an initiative open to some
 * partners (PII, DCB).
 */
public enum FrameworkKind {

	PARTNERSHIP_FRAMEWORK, PLANNING_PROCESS, PROGRAMME, INITIATIVE, OTHER

}
