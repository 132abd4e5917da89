using System.Net;

namespace SimCluster.Silo;

/// <summary>
/// Where a silo listens and what address it advertises. The silo and gateway ports have no authentication, so a silo
/// told nothing stays on loopback; an advertised address is also the listening one unless told otherwise.
/// </summary>
/// <param name="Listen">The address the silo and gateway ports are bound to.</param>
/// <param name="Advertise">The address written in the membership table; null: Orleans picks the host's address.</param>
public sealed record SiloAddresses(IPAddress Listen, IPAddress? Advertise)
{
    /// <summary>
    /// From the options given (null: not given): nothing gives 127.0.0.1 for both; an advertised address alone is
    /// also listened on; a specific listening address alone is also advertised; a wildcard (0.0.0.0, ::) alone
    /// advertises the host's address, which is what a container needs.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="advertise"/> is a wildcard, which no peer can connect to.</exception>
    public static SiloAddresses Resolve(IPAddress? listen, IPAddress? advertise)
    {
        if (advertise is not null && IsWildcard(advertise))
            throw new ArgumentException($"cannot advertise {advertise}: other silos and clients need an address they can connect to", nameof(advertise));
        return (listen, advertise) switch
        {
            (null, null) => new(IPAddress.Loopback, IPAddress.Loopback),
            (null, { } a) => new(a, a),
            ({ } l, null) => new(l, IsWildcard(l) ? null : l),
            ({ } l, { } a) => new(l, a),
        };
    }

    /// <summary>Whether <paramref name="address"/> means every interface.</summary>
    public static bool IsWildcard(IPAddress address) => address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    /// <summary>For the start-up line: "listening on 127.0.0.1, advertised as 127.0.0.1".</summary>
    public string Describe(IPAddress advertised) => $"listening on {Listen}, advertised as {advertised}";
}
