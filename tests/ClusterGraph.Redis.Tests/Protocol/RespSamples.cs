using System.Text;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Tests.Protocol;

/// <summary>Hand-written frames for every RESP2/RESP3 type and the values they must read as (from the RESP3 spec).</summary>
public static class RespSamples
{
    public static IReadOnlyDictionary<string, (byte[] Bytes, RespValue Expected)> All { get; } = Build();

    public static TheoryData<string> Names => [.. All.Keys];

    private static Dictionary<string, (byte[] Bytes, RespValue Expected)> Build()
    {
        var samples = new Dictionary<string, (byte[], RespValue)>(StringComparer.Ordinal);

        void Add(string name, string wire, RespValue expected) => samples.Add(name, (Encoding.UTF8.GetBytes(wire), expected));
        void AddBytes(string name, byte[] wire, RespValue expected) => samples.Add(name, (wire, expected));

        Add("simple-string", "+OK\r\n", Simple("OK"));
        Add("empty-simple-string", "+\r\n", Simple(""));
        Add("error", "-ERR unknown command 'foo'\r\n", RespValue.Error(Utf8("ERR unknown command 'foo'")));
        Add("integer-zero", ":0\r\n", RespValue.FromInteger(0));
        Add("integer-negative", ":-42\r\n", RespValue.FromInteger(-42));
        Add("integer-plus-sign", ":+7\r\n", RespValue.FromInteger(7));
        Add("integer-max", ":9223372036854775807\r\n", RespValue.FromInteger(long.MaxValue));
        Add("integer-min", ":-9223372036854775808\r\n", RespValue.FromInteger(long.MinValue));
        Add("bulk-string", "$5\r\nhello\r\n", Bulk("hello"));
        Add("empty-bulk-string", "$0\r\n\r\n", Bulk(""));
        Add("bulk-string-utf8", "$6\r\n한국\r\n", Bulk("한국"));
        AddBytes("bulk-string-binary-with-crlf", [(byte)'$', (byte)'5', 13, 10, 13, 10, 0, 0xFF, (byte)'$', 13, 10], RespValue.BulkString([13, 10, 0, 0xFF, (byte)'$']));
        Add("resp2-null-bulk", "$-1\r\n", RespValue.Null);
        Add("resp2-null-array", "*-1\r\n", RespValue.Null);
        Add("empty-array", "*0\r\n", Array());
        Add("array-mixed", "*3\r\n:1\r\n$3\r\nfoo\r\n+bar\r\n", Array(RespValue.FromInteger(1), Bulk("foo"), Simple("bar")));
        Add("array-nested", "*2\r\n*2\r\n:1\r\n:2\r\n*1\r\n$-1\r\n",
            Array(Array(RespValue.FromInteger(1), RespValue.FromInteger(2)), Array(RespValue.Null)));
        Add("null", "_\r\n", RespValue.Null);
        Add("boolean-true", "#t\r\n", RespValue.FromBoolean(true));
        Add("boolean-false", "#f\r\n", RespValue.FromBoolean(false));
        Add("double", ",3.14\r\n", RespValue.FromDouble(3.14));
        Add("double-exponent", ",-0.5e-3\r\n", RespValue.FromDouble(-0.0005));
        Add("double-integral", ",10\r\n", RespValue.FromDouble(10));
        Add("double-inf", ",inf\r\n", RespValue.FromDouble(double.PositiveInfinity));
        Add("double-negative-inf", ",-inf\r\n", RespValue.FromDouble(double.NegativeInfinity));
        Add("double-nan", ",nan\r\n", RespValue.FromDouble(double.NaN));
        Add("big-number", "(3492890328409238509324850943850943825024385\r\n", RespValue.BigNumberDigits(Utf8("3492890328409238509324850943850943825024385")));
        Add("big-number-negative", "(-12\r\n", RespValue.BigNumberDigits(Utf8("-12")));
        Add("bulk-error", "!21\r\nSYNTAX invalid syntax\r\n", RespValue.BulkError(Utf8("SYNTAX invalid syntax")));
        Add("verbatim-string", "=15\r\ntxt:Some string\r\n", RespValue.Verbatim(Utf8("txt:Some string")));
        Add("map", "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n",
            RespValue.Aggregate(RespType.Map, [Simple("first"), RespValue.FromInteger(1), Simple("second"), RespValue.FromInteger(2)]));
        Add("empty-map", "%0\r\n", RespValue.Aggregate(RespType.Map, []));
        Add("set", "~3\r\n+a\r\n:1\r\n#f\r\n",
            RespValue.Aggregate(RespType.Set, [Simple("a"), RespValue.FromInteger(1), RespValue.FromBoolean(false)]));
        Add("push", ">3\r\n$7\r\nmessage\r\n$7\r\nchannel\r\n$5\r\nhello\r\n",
            RespValue.Aggregate(RespType.Push, [Bulk("message"), Bulk("channel"), Bulk("hello")]));
        Add("attribute-before-array", "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n",
            Array(RespValue.FromInteger(2039123), RespValue.FromInteger(9543892)).WithAttributes(
            [
                Simple("key-popularity"),
                RespValue.Aggregate(RespType.Map, [Bulk("a"), RespValue.FromDouble(0.1923), Bulk("b"), RespValue.FromDouble(0.0012)]),
            ]));
        Add("nested-resp3-aggregates", "*3\r\n%1\r\n+k\r\n~2\r\n#t\r\n_\r\n>1\r\n,1.5\r\n|1\r\n+ttl\r\n:3600\r\n:7\r\n",
            Array(
                RespValue.Aggregate(RespType.Map, [Simple("k"), RespValue.Aggregate(RespType.Set, [RespValue.FromBoolean(true), RespValue.Null])]),
                RespValue.Aggregate(RespType.Push, [RespValue.FromDouble(1.5)]),
                RespValue.FromInteger(7).WithAttributes([Simple("ttl"), RespValue.FromInteger(3600)])));
        return samples;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static RespValue Simple(string text) => RespValue.SimpleString(Utf8(text));

    private static RespValue Bulk(string text) => RespValue.BulkString(Utf8(text));

    private static RespValue Array(params RespValue[] elements) => RespValue.Aggregate(RespType.Array, elements);
}
