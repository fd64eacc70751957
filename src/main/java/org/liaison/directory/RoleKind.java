package org.liaison.directory;

import org.jspecify.annotations.Nullable;

/**
 * The part an organisation plays in one partnership.
 */
public enum RoleKind {

	/**
	 * A NATO office in the partner nation, such as the Military Liaison Office in
	 * Belgrade.
	 */
	LIAISON_OFFICE(null),

	/**
	 * An Ally's embassy that serves as NATO's contact point, for a term the Allies agree;
	 * one at a time.
	 */
	CONTACT_POINT_EMBASSY(OrganisationKind.EMBASSY),

	/**
	 * A partner's training centre recognised as a Partnership Training and Education
	 * Centre.
	 */
	PARTNERSHIP_TRAINING_CENTRE(OrganisationKind.TRAINING_CENTRE),

	/** An agency that carries out projects, such as NSPA for a trust fund. */
	EXECUTING_AGENT(null),

	/** A school or centre that offers activities to the partner. */
	TRAINING_PROVIDER(null),

	OTHER(null);

	private final @Nullable OrganisationKind requiredOrganisationKind;

	RoleKind(@Nullable OrganisationKind requiredOrganisationKind) {
		this.requiredOrganisationKind = requiredOrganisationKind;
	}

	/**
	 * The kind of organisation this role needs, or null when any organisation may hold
	 * it.
	 */
	public @Nullable OrganisationKind requiredOrganisationKind() {
		return requiredOrganisationKind;
	}

}
