using System.Runtime.CompilerServices;

namespace ClusterGraph.GraphQL.Language;

/// <summary>GraphQL's character classes over code units (anything outside ASCII is in none of them).</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    /// <summary>White space inside block strings: tab and space.</summary>
    public static bool IsWhiteSpace(int code) => code is ' ' or '\t';
}
