/**
 * The political dialogue of each partnership: the joint bodies NATO and a partner run
 * together (a defence reform group, a joint implementation council, expert staff talks)
 * and the statements, declarations, communiqués, speeches and high-level meetings in
 * which either side speaks of the partnership, with the words quoted and where they come
 * from.
 * <p>
 * Publishes {@link org.liaison.dialogue.DialogueService} (bodies and statements),
 * {@link org.liaison.dialogue.MeetingService} (meetings and their actions),
 * {@link org.liaison.dialogue.DialogueDossier} and the body events
 * ({@link org.liaison.dialogue.BodyEstablished},
 * {@link org.liaison.dialogue.BodyRecorded}, {@link org.liaison.dialogue.BodyRevised})
 * that the timeline turns into milestones. Meetings of a body are meant to be their own
 * aggregate, referring to the body by id.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner" })
package org.liaison.dialogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
