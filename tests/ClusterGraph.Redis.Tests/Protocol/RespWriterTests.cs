using System.Buffers;
using System.Text;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Tests.Protocol;

public sealed class RespWriterTests
{
    [Fact]
    public void Writes_a_command_as_an_array_of_bulk_strings()
    {
        var buffer = new ArrayBufferWriter<byte>();

        RespWriter.WriteCommand(buffer, ["SET", "키", new byte[] { 0, 13, 10 }, -15L]);

        // "키" is three UTF-8 bytes; the binary value keeps its CR LF; the integer is written as text.
        Assert.Equal("*4\r\n$3\r\nSET\r\n$3\r\n키\r\n$3\r\n\0\r\n\r\n$3\r\n-15\r\n", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Writes_empty_arguments()
    {
        var buffer = new ArrayBufferWriter<byte>();

        RespWriter.WriteCommand(buffer, ["ECHO", "", ReadOnlyMemory<byte>.Empty]);

        Assert.Equal("*3\r\n$4\r\nECHO\r\n$0\r\n\r\n$0\r\n\r\n", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void A_command_needs_a_name()
    {
        Assert.Throws<ArgumentException>(() => RespWriter.WriteCommand(new ArrayBufferWriter<byte>(), []));
    }
}
