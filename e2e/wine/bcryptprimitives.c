/*
 * TEST SHIM ONLY, never shipped: a stand-in for Windows' bcryptprimitives.dll,
 * which Wine 8.0 (Debian 12) lacks and Go 1.22+ programs load at start for
 * ProcessPrng, their source of random bytes. make test-windows builds it with
 * mingw and copies it into the test's own throw-away Wine prefix.
 * It forwards to RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		length -= chunk;
	}
	return TRUE;
}
