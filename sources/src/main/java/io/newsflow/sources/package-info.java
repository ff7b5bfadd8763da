/** Feed and sitemap subscriptions, polled into submissions. */
package io.newsflow.sources;
