package io.newsflow.ingest.fetch;

import io.netty.resolver.AbstractAddressResolver;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reactor.core.scheduler.Schedulers;

/**
 * The fetcher's only way from a host name to an address: it resolves once, drops every address the
 * {@link AddressPolicy} refuses and hands Netty the checked addresses, so the connection goes exactly
 * where the check looked (no second lookup a rebinding DNS server could answer differently). Addresses
 * that arrive already resolved are checked too. Blocking lookups run off the event loop.
 */
final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final AddressPolicy policy;
    private final HostResolver dns;

    GuardedAddressResolverGroup(AddressPolicy policy, HostResolver dns) {
        this.policy = policy;
        this.dns = dns;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new GuardedResolver(executor);
    }

    /** The permitted addresses of {@code target}, in the resolver's order. */
    List<InetSocketAddress> resolveChecked(InetSocketAddress target) throws IOException {
        String host = target.getHostString();
        int port = target.getPort();
        List<InetAddress> candidates = candidates(target, host);
        List<InetSocketAddress> permitted = new ArrayList<>();
        String firstRefusal = null;
        for (InetAddress address : candidates) {
            Optional<String> refusal = policy.refuse(host, address, port);
            if (refusal.isEmpty()) {
                permitted.add(new InetSocketAddress(address, port));
            } else if (firstRefusal == null) {
                firstRefusal = refusal.get();
            }
        }
        if (permitted.isEmpty()) {
            throw new BlockedAddressException(firstRefusal != null ? firstRefusal : "no address for " + host);
        }
        return permitted;
    }

    private List<InetAddress> candidates(InetSocketAddress target, String host) throws IOException {
        if (!target.isUnresolved()) {
            return List.of(target.getAddress());
        }
        Optional<InetAddress> literal = HostLiterals.parseIpLiteral(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        if (HostLiterals.isAmbiguousNumericHost(host) && !policy.isAllowedHost(host)) {
            throw new BlockedAddressException("host '" + host + "' is a numeric address in a non-canonical form");
        }
        return dns.resolve(host);
    }

    private final class GuardedResolver extends AbstractAddressResolver<InetSocketAddress> {

        GuardedResolver(EventExecutor executor) {
            super(executor, InetSocketAddress.class);
        }

        @Override
        protected boolean doIsResolved(InetSocketAddress address) {
            return false;   // never skip the check, not even for addresses that come resolved
        }

        @Override
        protected void doResolve(InetSocketAddress target, Promise<InetSocketAddress> promise) {
            Schedulers.boundedElastic().schedule(() -> complete(target, promise, true));
        }

        @Override
        protected void doResolveAll(InetSocketAddress target, Promise<List<InetSocketAddress>> promise) {
            Schedulers.boundedElastic().schedule(() -> complete(target, promise, false));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void complete(InetSocketAddress target, Promise promise, boolean single) {
            try {
                List<InetSocketAddress> addresses = resolveChecked(target);
                promise.trySuccess(single ? addresses.get(0) : addresses);
            } catch (IOException | RuntimeException e) {
                promise.tryFailure(e);
            }
        }
    }
}
