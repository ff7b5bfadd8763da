/**
 * The subscription registry: the compacted {@code newsflow.sources} topic is the store, every instance
 * keeps the whole of it in memory (read from the beginning at start-up by a non-group consumer, then
 * followed), and writes are records on that topic.
 */
package io.newsflow.sources.registry;
