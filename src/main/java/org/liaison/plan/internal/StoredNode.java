package org.liaison.plan.internal;

import java.util.UUID;

import org.liaison.plan.NodeData;

/**
 * A node as the store keeps it: its id, its data (position included), its depth and its
 * version.
 */
public record StoredNode(UUID id, NodeData data, int level, long version) {

	public String code() {
		return data.code();
	}

	public int position() {
		return data.position() == null ? Integer.MAX_VALUE : data.position();
	}

	public StoredNode with(NodeData newData, int newLevel) {
		return new StoredNode(id, newData, newLevel, version);
	}

	/** Whether the other node says what this one says, at the same place in the tree. */
	public boolean sameAs(StoredNode other) {
		return level == other.level && placed().equals(other.placed());
	}

	/**
	 * The node's data with the position it sorts by, so that two nodes compare as values.
	 */
	private NodeData placed() {
		return data.withPlace(data.parent(), position());
	}

}
