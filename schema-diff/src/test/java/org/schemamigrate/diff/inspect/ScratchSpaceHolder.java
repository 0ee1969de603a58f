package org.schemamigrate.diff.inspect;

import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * A build in another JVM for {@link ScratchOwnershipTest}: creates a scratch database on the dev server at
 * {@code args[0]} (user {@code args[1]}, password from {@code SM_DEV_PASSWORD}), says its name and waits to be
 * killed.
 */
public final class ScratchSpaceHolder {
    private ScratchSpaceHolder() {
    }

    public static void main(String[] args) throws Exception {
        ScratchSpace scratch = new ScratchSpace(new UrlDataSource(args[0], args[1], System.getenv("SM_DEV_PASSWORD")),
                DatabaseKind.fromUrl(args[0]));
        System.out.println("created " + scratch.create("current"));
        System.out.flush();
        Thread.sleep(300_000);
    }
}
