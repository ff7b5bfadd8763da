package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up the addresses of a host name (a seam so tests can answer like a hostile DNS server). */
@FunctionalInterface
public interface HostResolver {

    /** The JVM's resolver (system DNS, /etc/hosts). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
