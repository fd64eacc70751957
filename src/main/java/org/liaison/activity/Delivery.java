package org.liaison.activity;

/** How an activity is delivered. */
public enum Delivery {

	RESIDENTIAL, ONLINE, MIXED

}
