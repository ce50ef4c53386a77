/**
 * The wheel platform tags PyPI accepts (Warehouse's `_valid_platform_tag` allow-list). Linux wheels
 * must use manylinux/musllinux tags: a plain `linux_x86_64` wheel only works where it was built.
 */

const STATIC_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);

const MACOSX_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2',
]);
// From macOS 11 only `macosx_<major>_0_<arch>` is accepted; 10.x keeps its minor versions.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);

// Warehouse uses Python's re.match: anchored at the start only, and `\d` is any Unicode digit.
const MACOSX = /^macosx_(?<major>\p{Nd}+)_(?<minor>\p{Nd}+)_(?<arch>.*)/u;
const LINUX = /^(?<libc>many|musl)linux_\p{Nd}+_\p{Nd}+_(?<arch>.*)/u;
const IOS = /^ios_\p{Nd}+_\p{Nd}+_(?<arch>.*)_(?:iphoneos|iphonesimulator)/u;
const ANDROID = /^android_\p{Nd}+_(?<arch>.*)/u;
const PYEMSCRIPTEN = /^pyemscripten_\p{Nd}+_\p{Nd}+_wasm32/u;

/** True when PyPI accepts a wheel with this (lower-cased) platform tag. */
export function isPyPIPlatformTag(platform: string): boolean {
  if (STATIC_PLATFORMS.has(platform)) return true;
  const mac = MACOSX.exec(platform)?.groups;
  if (mac && mac.major === '10' && MACOSX_ARCHES.has(mac.arch!)) return true;
  if (mac && MACOSX_MAJORS.has(mac.major!) && mac.minor === '0' && MACOSX_ARCHES.has(mac.arch!)) return true;
  const linux = LINUX.exec(platform)?.groups;
  if (linux) return (linux.libc === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux.arch!);
  const ios = IOS.exec(platform)?.groups;
  if (ios && IOS_ARCHES.has(ios.arch!)) return true;
  const android = ANDROID.exec(platform)?.groups;
  if (android && ANDROID_ARCHES.has(android.arch!)) return true;
  return PYEMSCRIPTEN.test(platform);
}
