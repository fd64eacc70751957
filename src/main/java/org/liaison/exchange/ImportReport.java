package org.liaison.exchange;

import org.liaison.shared.NationCode;

/**
 * What an import did: how many records it wrote and how many it found already as the
 * dossier has them. Importing the same dossier a second time writes none.
 */
public record ImportReport(NationCode nation, int written, int unchanged) {
}
