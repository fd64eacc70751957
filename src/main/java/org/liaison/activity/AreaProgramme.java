package org.liaison.activity;

import java.util.List;

/** A partner's requests of one year in one area of cooperation. */
public record AreaProgramme(String area, String areaName, List<RequestSummary> requests) {
}
