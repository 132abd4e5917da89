using System.Text;

namespace SimCluster.Model.Randomness;

/// <summary>
/// A counter-based random number generator: the number for a key (seed, replicate, parameter name, draw)
/// is a pure function of the key (docs/model.md §1). No state, so the same key gives the same number on any machine,
/// in any call order, after any restart. The mixing function is SplitMix64's finaliser (Steele, Lea &amp; Flood
/// 2014, "Fast splittable pseudorandom number generators"), applied once per key component; names are hashed
/// with 64-bit FNV-1a over UTF-8, which, unlike string.GetHashCode, is stable across processes.
/// </summary>
public static class CounterRng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>A 64-bit value for the key.</summary>
    public static ulong Bits(ulong seed, long replicate, string parameter, long draw = 0)
    {
        unchecked
        {
            ulong h = Mix(seed + Golden);
            h = Mix(h ^ Mix((ulong)replicate + 2 * Golden));
            h = Mix(h ^ Fnv1a(parameter));
            return Mix(h ^ Mix((ulong)draw + 3 * Golden));
        }
    }

    /// <summary>A uniform number strictly inside (0, 1) for the key: safe for any inverse CDF.</summary>
    public static double Uniform(ulong seed, long replicate, string parameter, long draw = 0) => UnitInterval(Bits(seed, replicate, parameter, draw));

    /// <summary>
    /// Maps 64 random bits to a number strictly inside (0, 1). It keeps 52 bits, not 53: (2^53 − 1) + 0.5 is not a
    /// double and would round up to 2^53, giving exactly 1.
    /// </summary>
    public static double UnitInterval(ulong bits) => ((bits >> 12) + 0.5) * (1.0 / (1UL << 52));

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong Fnv1a(string text)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
            unchecked { h = (h ^ b) * 0x100000001B3UL; }
        return h;
    }
}
