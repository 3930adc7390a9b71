package org.detaineetracker.system;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How many bytes Tomcat hands the kernel in one write: {@code tracker.socket-write-buffer}, 64 KB
 * instead of Tomcat's 8 KB. A blocking write larger than this buffer goes out in pieces of its size,
 * one system call each, so the 169 KB facility page at a million figures took 21 writes and now takes
 * 3, about a quarter more pages a second at a third less CPU each (bench/README.md, "Writing a page in fewer
 * pieces", for the runs). Larger buffers (256 KB) measured no faster.
 * <p>
 * The cost is memory per open connection: Tomcat gives each connection its buffers when it accepts
 * it, idle or not. 2,000 idle connections held 74 KB each in live byte arrays (16 KB with 8 KB
 * buffers), so {@code server.tomcat.max-connections} is 1,000 rather than Tomcat's 8,192
 * (application.properties). Below a 1 GB heap Tomcat keeps no buffer once its connection closes.
 */
@Component
class SocketWriteBuffer implements TomcatConnectorCustomizer {

	static final String PROPERTY = "socket.appWriteBufSize";

	private final DataSize size;

	SocketWriteBuffer(@Value("${tracker.socket-write-buffer:64KB}") DataSize size) {
		if (size.toBytes() < 1024 || size.toBytes() > 16 * 1024 * 1024) {
			throw new IllegalArgumentException(
					"tracker.socket-write-buffer must be between 1KB and 16MB, not " + size.toBytes() + " bytes");
		}
		this.size = size;
	}

	@Override
	public void customize(Connector connector) {
		// False when the protocol has no such setting (only the NIO connectors have it): say so at start.
		if (!connector.setProperty(PROPERTY, Long.toString(size.toBytes()))) {
			throw new IllegalStateException(connector.getProtocolHandlerClassName() + " does not take " + PROPERTY);
		}
	}

}
