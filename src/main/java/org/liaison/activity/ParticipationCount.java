package org.liaison.activity;

/** Seats approved or attended, per area and year, for a chart. */
public record ParticipationCount(String area, String areaName, int year, long seats) {
}
