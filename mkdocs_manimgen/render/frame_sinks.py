"""Live encoders fed with the frames Manim draws: one thread per output, one stream each.

Imported only in a render child (it imports Manim). `StreamingFileWriter` replaces Manim's
per-animation segment encoding: every frame Manim would have written goes to each sink's
bounded queue, and each sink encodes in its own thread beside Cairo. A VP9 or H.264 sink is
a PyAV container (the same libraries Manim uses); the gif sink is ffmpeg reading raw frames
on a pipe. A sink of a scheme other than the scene's own gets the frames through that scheme's
`SchemeMap` (schemes.py): a light and a dark rendition from one drawing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from fractions import Fraction
from pathlib import Path
from queue import Queue
from threading import Thread

import av
from manim.scene.scene_file_writer import SceneFileWriter

from .encode import GifSpec, StreamSpec
from .scheme_map import SchemeMap
from .schemes import tag

QUEUE_FRAMES = 8  # frames a sink may lag behind Cairo (8 RGBA frames at 1080p are ~66 MB)


class FrameSink:
    """A consumer thread with a bounded queue; a failure is re-raised to the producer."""

    def __init__(self, name: str, scheme: SchemeMap | None = None) -> None:
        self.scheme = scheme  # applied in the sink's own thread, beside Cairo
        self._queue: Queue = Queue(maxsize=QUEUE_FRAMES)
        self._error: BaseException | None = None
        self._thread = Thread(target=self._run, name=f"sink-{name}", daemon=True)
        self._thread.start()

    def put(self, pixels, repeat: int) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((pixels, repeat))

    def close(self) -> None:
        """Flush and finish the output; raises the sink's failure, if any."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            while (item := self._queue.get()) is not None:
                pixels, repeat = item
                self.consume(self.scheme.apply(pixels) if self.scheme is not None else pixels, repeat)
            self.finish()
        except BaseException as error:  # noqa: BLE001 - handed to the producer
            self._error = error
            self.abort()
            while self._queue.get() is not None:  # keep draining: the producer must never block
                pass

    def consume(self, pixels, repeat: int) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        """Release what the sink holds after its own failure (best effort, in its thread)."""

    def terminate(self) -> None:
        """Stop outside helpers when the render itself failed (called from the render thread)."""


class VideoSink(FrameSink):
    """One continuous H.264 or VP9 stream: a single keyframe at the start, not one per animation."""

    def __init__(self, dest: Path, spec: StreamSpec, width: int, height: int, fps: int,
                 scheme: SchemeMap | None = None) -> None:
        self._container = av.open(str(dest), mode="w", format=spec.container, options=dict(spec.container_options))
        self._stream = self._container.add_stream(spec.codec, rate=fps, options=dict(spec.options))
        self._stream.pix_fmt = spec.pixel_format
        self._stream.width, self._stream.height = width, height
        self._pixel_format = spec.pixel_format
        self._time_base = Fraction(1, fps)
        self._pts = 0
        super().__init__(spec.container, scheme)

    def consume(self, pixels, repeat: int) -> None:
        # Convert once per drawn frame (wrapping Manim's array without a copy: 2.2 -> 0.9 ms a
        # frame at 480p, same pixels); a wait repeats it with new timestamps.
        frame = av.VideoFrame.from_numpy_buffer(pixels, format="rgba").reformat(format=self._pixel_format)
        frame.time_base = self._time_base
        for _ in range(repeat):
            frame.pts = self._pts
            self._pts += 1
            for packet in self._stream.encode(frame):
                self._container.mux(packet)

    def finish(self) -> None:
        for packet in self._stream.encode():
            self._container.mux(packet)
        self._container.close()

    def abort(self) -> None:
        try:
            self._container.close()
        except Exception:  # noqa: BLE001 - the first failure is the one reported
            pass


class GifSink(FrameSink):
    """ffmpeg builds the palette from all frames (raw, never lossy) and writes the gif."""

    def __init__(self, dest: Path, spec: GifSpec, width: int, height: int, fps: int, timeout: float,
                 scheme: SchemeMap | None = None) -> None:
        self._optimize: list[str] | None = spec.optimize_command(str(dest))
        tool = self._optimize[0]
        self.notices: list[str] = []
        if shutil.which(tool) is None:  # the palette gif is complete without it, only larger
            self.notices.append(f"{tool} is not installed: the gif is not re-packed losslessly (5-16% larger). "
                                f"Install it (Debian/Ubuntu: sudo apt-get install {tool}); "
                                "`manimgen doctor` checks every requirement")
            self._optimize = None
        self._stderr = tempfile.TemporaryFile()  # a file, not a pipe: ffmpeg can never block on it
        self._proc = subprocess.Popen(spec.ffmpeg_command(width, height, fps, str(dest)), stdin=subprocess.PIPE,
                                      stdout=subprocess.DEVNULL, stderr=self._stderr)
        self._timeout = timeout
        super().__init__("gif", scheme)

    def consume(self, pixels, repeat: int) -> None:
        data = memoryview(pixels).cast("B")
        for _ in range(repeat):
            self._proc.stdin.write(data)

    def finish(self) -> None:
        self._proc.stdin.close()
        code = self._proc.wait(timeout=self._timeout)
        if code:
            self._stderr.seek(0)
            words = self._stderr.read().decode(errors="replace").strip()[-1500:]
            raise RuntimeError(f"ffmpeg failed to write the gif ({code}): {words}")
        if self._optimize is None:
            return
        proc = subprocess.run(self._optimize, capture_output=True, text=True, timeout=self._timeout)
        if proc.returncode:
            raise RuntimeError(f"{self._optimize[0]} failed ({proc.returncode}): {proc.stderr.strip()[-1500:]}")

    def abort(self) -> None:
        self.terminate()

    def terminate(self) -> None:
        self._proc.kill()
        self._proc.wait()


class StreamingFileWriter(SceneFileWriter):
    """Manim's file writer with its segment files replaced by live sinks (see module doc)."""

    def __init__(self, settings, sinks: list[FrameSink]) -> None:
        self.sinks = sinks
        self.frames_written = 0
        self.chapters: list[tuple[str, int]] = []  # (name, first frame) of each next_section() of the scene
        self.background = None  # () -> the scene's background (0..1 RGB), read at the first frame
        self._writing = False
        super().__init__(settings)

    def begin_animation(self, allow_write: bool = False, *, animation_index: int, file_path=None) -> None:
        self._writing = allow_write  # Manim drops frames outside a written animation; so do we

    def end_animation(self, allow_write: bool = False) -> None:
        self._writing = False

    def next_section(self, name: str, type_: str, skip_animations: bool) -> None:
        """Manim's sections are the hand-written scene's chapters (its first, automatic one is not)."""
        if name != "autocreated" or self.frames_written:
            self.chapters.append((str(name)[:200], self.frames_written))
        super().next_section(name, type_, skip_animations)

    def write_frame(self, pixels, *, repeat: int = 1) -> None:
        if self._writing:
            if not self.frames_written:
                self._prepare_schemes()
            for sink in self.sinks:
                sink.put(pixels, repeat)
            self.frames_written += repeat

    def _prepare_schemes(self) -> None:
        source = self.background() if self.background else (0.0, 0.0, 0.0)
        for sink in self.sinks:
            if sink.scheme is not None:
                sink.scheme.prepare(source)

    @property
    def notices(self) -> list[str]:
        """What the sinks want the author to know (e.g. a missing gif optimiser), once each."""
        return list(dict.fromkeys(n for sink in self.sinks for n in getattr(sink, "notices", [])))

    def finish(self) -> None:
        """Close every sink, all of them even when one fails; the first failure is raised."""
        first: BaseException | None = None
        for sink in self.sinks:
            try:
                sink.close()
            except BaseException as error:  # noqa: BLE001
                first = first or error
        if first is not None:
            raise first

    def abort_encode_jobs(self, reraise_encoder_failures: bool = False) -> None:
        self.terminate()

    def terminate(self) -> None:
        for sink in self.sinks:
            sink.terminate()


def open_sinks(plan, out_dir: Path, width: int, height: int, fps: int, timeout: float,
               maps: dict[str, SchemeMap]) -> list[FrameSink]:
    """One sink per output and scheme of the plan, writing out_dir/<plan.output_files() name>
    (maps: scheme -> its frame transform)."""
    names = plan.output_files()
    sinks: list[FrameSink] = []
    for scheme in plan.schemes:
        t = tag(scheme, plan.schemes[0])
        for fmt in plan.streams:
            sinks.append(VideoSink(out_dir / names[fmt + t], plan.stream(fmt), width, height, fps, maps[scheme]))
        if (gif := plan.gif_spec()) is not None:
            sinks.append(GifSink(out_dir / names["gif" + t], gif, width, height, fps, timeout, maps[scheme]))
    return sinks
