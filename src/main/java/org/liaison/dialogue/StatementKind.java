package org.liaison.dialogue;

/**
 * What sort of words a statement records. A meeting records who met rather than who
 * spoke.
 */
public enum StatementKind {

	STATEMENT, DECLARATION, COMMUNIQUE, SPEECH, MEETING, PRESS_RELEASE

}
