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

	public boolean sameAs(StoredNode other) {
		return PlanTree.same(data, other.data) && level == other.level && position() == other.position();
	}

}
