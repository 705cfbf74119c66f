package io.github.desconcentra.territory.io;

/**
 * A source whose files may be opened from two threads at once ({@link TerritorySource#directory} and
 * {@link TerritorySource#classpath}): {@link TerritoryCsv} then reads half of the files on a second thread. Another
 * implementation of {@link TerritorySource} is read on the calling thread only.
 */
interface ConcurrentlyOpened extends TerritorySource {
}
