using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// Which file a path names on disk: (device, inode) on Unix, (volume serial number, file index) on Windows. Two paths
/// with the same identity are the same file even when neither is a symbolic link to the other (hard links, bind mounts).
/// </summary>
/// <remarks>
/// On Unix the runtime's own <c>SystemNative_Stat</c> (libSystem.Native, shipped with every .NET runtime) is called
/// rather than libc's <c>stat</c>, whose structure layout and symbol name differ between C libraries and architectures;
/// <see cref="FileStatus"/> mirrors the runtime's <c>Interop.Sys.FileStatus</c> (a test compares the two layouts).
/// </remarks>
internal readonly record struct FileIdentity(ulong Device, ulong File)
{
    /// <summary>The identity of an existing file, or null when the path does not exist or the platform cannot say.</summary>
    public static FileIdentity? Of(string path)
    {
        try
        {
            return OperatingSystem.IsWindows() ? OfWindows(path) : OfUnix(path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileIdentity? OfUnix(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return Native.SystemNativeStat(bytes, out var status) == 0 ? new FileIdentity((ulong)status.Dev, (ulong)status.Ino) : null;
    }

    private static FileIdentity? OfWindows(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        using var handle = System.IO.File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Native.GetFileInformationByHandle(handle, out var info)
            ? new FileIdentity(info.VolumeSerialNumber, ((ulong)info.FileIndexHigh << 32) | info.FileIndexLow)
            : null;
    }

    /// <summary>The runtime's <c>FileStatus</c> (src/native/libs/System.Native/pal_io.h): 120 bytes, Dev at 88, Ino at 104.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
    }

    /// <summary>Windows' <c>BY_HANDLE_FILE_INFORMATION</c> (its FILETIME members are 4-byte aligned, hence Pack = 4).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public ulong CreationTime;
        public ulong LastAccessTime;
        public ulong LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int SystemNativeStat(byte[] path, out FileStatus output);

        [DllImport("kernel32.dll", ExactSpelling = true, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);
    }
}
