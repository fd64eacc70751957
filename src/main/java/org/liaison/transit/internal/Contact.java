package org.liaison.transit.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Texts;
import org.liaison.transit.TransitRequestData;

/**
 * The requester's point of contact for the movement, reachable by phone or e-mail (the
 * data checks that one of them is given).
 */
record Contact(String name, @Nullable String phone, @Nullable String email) {

	static Contact of(TransitRequestData data) {
		return new Contact(data.contactName().strip(), Texts.clean(data.contactPhone()),
				Texts.clean(data.contactEmail()));
	}

}
