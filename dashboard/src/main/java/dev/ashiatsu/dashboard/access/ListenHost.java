package dev.ashiatsu.dashboard.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code --host} the server listens on, resolved once. Whether it is loopback (open without a password)
 * is decided from the resolved addresses, never from the spelling: {@code 127.lan.test} resolving to
 * {@code 0.0.0.0} is every interface. The server then binds the very address that was checked
 * ({@link #bindAddress()}), so a name that resolves differently a moment later changes nothing.
 *
 * @param name      as given, e.g. {@code 127.0.0.1}, {@code localhost}, {@code table.lan}
 * @param addresses what it resolved to, at least one
 */
public record ListenHost(String name, List<InetAddress> addresses) {

    /** Names to addresses: the system's resolver ({@link #SYSTEM}), or a fixed table in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final Resolver SYSTEM = InetAddress::getAllByName;

    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*]?");

    public ListenHost {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("--host " + name + " resolved to no address");
        }
        addresses = List.copyOf(addresses);
    }

    /** Resolves {@code host}; an unknown name fails with a message naming it. */
    public static ListenHost resolve(String host, Resolver resolver) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must name an address, e.g. 127.0.0.1");
        }
        try {
            return new ListenHost(host, List.of(resolver.resolve(host)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + ": no such host (" + e.getMessage() + ")");
        }
    }

    /** True only when every address is a loopback one (127.0.0.0/8, ::1); the wildcard 0.0.0.0 or :: is not. */
    public boolean loopback() {
        return addresses.stream().allMatch(address -> address.isLoopbackAddress() && !address.isAnyLocalAddress());
    }

    /** For messages: {@code --host NAME}, plus what it resolves to when that is not the name itself. */
    public String describe() {
        List<String> literals = addresses.stream().map(InetAddress::getHostAddress).toList();
        return "--host " + name + (literals.equals(List.of(name)) ? "" : " (resolves to " + String.join(", ", literals) + ")");
    }

    /** What the server binds: the name itself when it is an IP literal, else the first address it resolved to. */
    public String bindAddress() {
        return LITERAL.matcher(name).matches() ? name : addresses.get(0).getHostAddress();
    }
}
